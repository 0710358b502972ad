-- Requests filed through the form an organization embeds in its own website.
ALTER TYPE "Channel" ADD VALUE 'EMBED';
