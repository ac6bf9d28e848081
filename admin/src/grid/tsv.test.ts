import { describe, expect, it } from "vitest";
import { parseTsv, tile, toTsv } from "./tsv.ts";

describe("clipboard text as Excel and WPS write it", () => {
  it("parses rows and cells, quoted cells included", () => {
    expect(parseTsv('a\tb\r\n"x\ty"\t"say ""hi"""\r\n')).toEqual([
      ["a", "b"],
      ["x\ty", 'say "hi"'],
    ]);
    expect(parseTsv("one")).toEqual([["one"]]);
  });

  it("writes CRLF rows, quoting cells with tabs, line breaks or quotes, and reads back what it wrote", () => {
    const rows = [
      ["王明", "正式党员", "1985-07-01"],
      ["a\tb", "两行\n文字", 'say "hi"'],
      ["", "", ""],
    ];
    const text = toTsv(rows);
    expect(text).toBe('王明\t正式党员\t1985-07-01\r\n"a\tb"\t"两行\n文字"\t"say ""hi"""\r\n\t\t\r\n');
    expect(parseTsv(text)).toEqual(rows);
  });

  it("repeats a block over a range that holds it a whole number of times, as Excel does", () => {
    expect(tile([["x"]], 2, 3)).toEqual([
      ["x", "x", "x"],
      ["x", "x", "x"],
    ]);
    expect(tile([["a", "b"]], 2, 4)).toEqual([
      ["a", "b", "a", "b"],
      ["a", "b", "a", "b"],
    ]);
    // Not a whole number of blocks, or a single target cell: the block as it is.
    expect(tile([["a", "b"]], 1, 3)).toEqual([["a", "b"]]);
    expect(tile([["a"], ["b"]], 1, 1)).toEqual([["a"], ["b"]]);
  });
});
