/** Edits of formula text that Sheets makes on its own, such as following a renamed sheet. */
import { quoteSheetName } from "./a1";

/**
 * Rewrites references to `oldName` ('Old name'!A1 or Old!A1, any letter case) to `newName`, leaving
 * string literals untouched.
 */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  const wanted = oldName.toLocaleLowerCase();
  let output = "";
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"') {
      const end = endOfQuoted(formula, i, '"');
      output += formula.slice(i, end);
      i = end;
      continue;
    }
    if (char === "'") {
      const end = endOfQuoted(formula, i, "'");
      const name = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      const isReference = formula[end] === "!";
      output += isReference && name.toLocaleLowerCase() === wanted ? quoteSheetName(newName) : formula.slice(i, end);
      i = end;
      continue;
    }
    const word = /^[A-Za-z_\u00C0-\u1EFF][\w.\u00C0-\u1EFF]*/.exec(formula.slice(i));
    if (word) {
      const isReference = formula[i + word[0].length] === "!";
      const preceded = i > 0 && /[\w.]/.test(formula[i - 1]);
      output += isReference && !preceded && word[0].toLocaleLowerCase() === wanted ? quoteSheetName(newName) : word[0];
      i += word[0].length;
      continue;
    }
    output += char;
    i += 1;
  }
  return output;
}

/** Index just past a quoted run that starts at `start`; a doubled quote stays inside the run. */
function endOfQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return text.length;
}
