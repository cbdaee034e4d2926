import { decimalSeparatorOfLocale, parseNumberText } from "../../src/core/values/number-text";

const comma = () => "," as const;
const dot = () => "." as const;

describe("parseNumberText", () => {
  test.each([
    ["12", 12],
    ["-3.5", -3.5],
    ["  42  ", 42],
    ["12%", 0.12],
    ["12,5%", 0.125],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["1.234.567 ₫", 1234567],
    ["1.234.567đ", 1234567],
    ["1.234.567 VND", 1234567],
    ["1.234.567 VNĐ", 1234567],
    ["$1,234.50", 1234.5],
    ["US$ 1,234.00", 1234],
    ["-$12", -12],
    ["$-12", -12],
    ["(1.234.567)", -1234567],
    ["1 234 567", 1234567],
    [".5", 0.5],
    ["0.123", 0.123],
    ["1234.567", 1234.567],
  ])("reads %p as %p in either locale", (text, expected) => {
    expect(parseNumberText(text, comma)).toBeCloseTo(expected, 10);
    expect(parseNumberText(text, dot)).toBeCloseTo(expected, 10);
  });

  describe("one separator followed by three digits", () => {
    test("1.234 is 1234 where the decimal separator is a comma", () => {
      expect(parseNumberText("1.234", comma)).toBe(1234);
    });
    test("1.234 is 1.234 where the decimal separator is a dot", () => {
      expect(parseNumberText("1.234", dot)).toBe(1.234);
    });
    test("1,234 is 1.234 where the decimal separator is a comma", () => {
      expect(parseNumberText("1,234", comma)).toBe(1.234);
    });
    test("1,234 is 1234 where the decimal separator is a dot", () => {
      expect(parseNumberText("1,234", dot)).toBe(1234);
    });
    test("(1.234) in vi is -1234", () => {
      expect(parseNumberText("(1.234)", comma)).toBe(-1234);
    });
  });

  test("asks for the locale only for ambiguous text", () => {
    const separator = jest.fn(() => "." as const);
    parseNumberText("1,234.5", separator);
    parseNumberText("12%", separator);
    parseNumberText("-3.5", separator);
    expect(separator).not.toHaveBeenCalled();
    parseNumberText("1.234", separator);
    expect(separator).toHaveBeenCalledTimes(1);
  });

  test.each(["abc", "12abc", "1.2.3", "1,23,456", "1.234,567.8", "--5", "(-5)", "1e5", "TRUE", "", "5.", "1..2", "12%%"])(
    "rejects %p",
    (text) => {
      expect(parseNumberText(text, dot)).toBeNull();
    },
  );
});

describe("decimalSeparatorOfLocale", () => {
  test.each([
    ["vi_VN", ","],
    ["de_DE", ","],
    ["en_US", "."],
    ["en_GB", "."],
    ["ja_JP", "."],
    ["not a locale", "."],
  ])("%s uses %p", (locale, separator) => {
    expect(decimalSeparatorOfLocale(locale)).toBe(separator);
  });
});

describe("amounts in dong", () => {
  test.each([
    ["₫1.000", 1000],
    ["1.000 VND", 1000],
    ["1,000 VNĐ", 1000],
    ["1.000đ", 1000],
  ])("%p is a thousand whatever the locale", (text, expected) => {
    expect(parseNumberText(text, comma)).toBe(expected);
    expect(parseNumberText(text, dot)).toBe(expected);
  });
});
