import { functionMessagesEn } from "../../src/core/i18n/en/functions";
import { sharedMessagesEn } from "../../src/core/i18n/en/shared";
import { sheetMessagesEn } from "../../src/core/i18n/en/sheet";
import { uiMessagesEn } from "../../src/core/i18n/en/ui";
import { functionMessagesVi } from "../../src/core/i18n/vi/functions";
import { sharedMessagesVi } from "../../src/core/i18n/vi/shared";
import { sheetMessagesVi } from "../../src/core/i18n/vi/sheet";
import { uiMessagesVi } from "../../src/core/i18n/vi/ui";

const pairs = [
  ["functions", functionMessagesEn, functionMessagesVi],
  ["shared", sharedMessagesEn, sharedMessagesVi],
  ["sheet", sheetMessagesEn, sheetMessagesVi],
  ["ui", uiMessagesEn, uiMessagesVi],
] as const;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe.each(pairs)("%s messages", (_area, en, vi) => {
  test("both languages have the same keys", () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });
  test("both languages use the same placeholders", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, placeholders(vi[key])]).toEqual([key, placeholders(en[key])]);
    }
  });
  test("no message is empty", () => {
    for (const text of [...Object.values(en), ...Object.values(vi)]) expect(text.trim()).not.toBe("");
  });
  test("Vietnamese sentences carry diacritics", () => {
    for (const [key, text] of Object.entries(vi)) {
      const isSentence = text.split(" ").length >= 4;
      if (isSentence) expect([key, VIETNAMESE_LETTER.test(text)]).toEqual([key, true]);
    }
  });
});
