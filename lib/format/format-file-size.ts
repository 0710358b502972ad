// A file's size as the subject reads it, with the decimal separator of their language.
import { intlTag, type Locale } from "@/lib/i18n/locales";

export type FileSizeWords = {
  bytes: (count: number) => string;
  kilobytes: (size: string) => string;
  megabytes: (size: string) => string;
};

export function formatFileSize(size: number, locale: Locale, words: FileSizeWords): string {
  if (size < 1024) return words.bytes(size);
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(intlTag[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  if (size < 1024 * 1024) return words.kilobytes(number(size / 1024, size < 10 * 1024 ? 1 : 0));
  return words.megabytes(number(size / (1024 * 1024), 1));
}
