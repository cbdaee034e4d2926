/**
 * Folds text for matching words typed by people: lower case, no Vietnamese diacritics
 * (đ becomes d), runs of spaces and punctuation collapsed to one space.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}
