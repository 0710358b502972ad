/*
 * Rightsdesk embeddable request form.
 *
 *   <script src="https://privacy.example.com/embed.js" data-organization="your-slug" async></script>
 *
 * Puts the organization's request form (https://privacy.example.com/embed/your-slug) in an iframe where the
 * script tag stands, or inside the element named by data-target="#id", and keeps the frame as tall as the form.
 * Options: data-organization (required), data-target, data-title (the frame's accessible name).
 * The form files requests exactly like the portal: the subject confirms their email before anything happens.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, document.baseURI).origin;
  var slug = script.getAttribute("data-organization") || "";
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) {
    console.error('Rightsdesk embed: data-organization must be the organization\'s address name, e.g. data-organization="opsiq".');
    return;
  }

  var frame = document.createElement("iframe");
  frame.src = origin + "/embed/" + slug;
  frame.title = script.getAttribute("data-title") || "Privacy request form";
  frame.style.cssText = "display:block;width:100%;min-height:40rem;border:0;";

  var targetSelector = script.getAttribute("data-target");
  var target = targetSelector ? document.querySelector(targetSelector) : null;
  if (target) target.appendChild(frame);
  else script.parentNode.insertBefore(frame, script.nextSibling);

  // Only a height from our own frame is believed, and only within sane bounds.
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== "rightsdesk:height" || typeof data.height !== "number") return;
    frame.style.minHeight = "0";
    frame.style.height = Math.max(200, Math.min(Math.round(data.height), 20000)) + "px";
  });
})();
