// Every catalog, loaded once: English is the source, and each other catalog must have exactly its keys
// (typed here, and checked with their placeholders by messages.test.ts).
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import nb from "@/messages/nb.json";
import ptBR from "@/messages/pt-BR.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, nb, de, fr, es, "pt-BR": ptBR };
