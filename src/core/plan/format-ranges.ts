import { cellAddress } from "./a1";

/**
 * Groups a grid of number formats into A1 ranges per format, joining vertical runs of one column,
 * so the adapter sets each format with a single RangeList call and cells marked null keep the
 * automatic format. Rows and columns of the grid start at (firstRow, firstColumn).
 */
export function rangesByFormat(
  formats: readonly (readonly (string | null)[])[],
  firstRow = 1,
  firstColumn = 1,
): Map<string, string[]> {
  const ranges = new Map<string, string[]>();
  const width = formats.length > 0 ? formats[0].length : 0;

  for (let column = 0; column < width; column++) {
    let row = 0;
    while (row < formats.length) {
      const format = formats[row][column];
      let end = row;
      while (end + 1 < formats.length && formats[end + 1][column] === format) end++;
      if (format !== null) {
        const start = cellAddress(firstRow + row, firstColumn + column);
        const stop = cellAddress(firstRow + end, firstColumn + column);
        const list = ranges.get(format) ?? [];
        list.push(start === stop ? start : `${start}:${stop}`);
        ranges.set(format, list);
      }
      row = end + 1;
    }
  }
  return ranges;
}
