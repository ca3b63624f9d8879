import fc from "fast-check";
import { utf8Text } from "../../../src/node/xlsx/xlsx-package";

/** Bytes of ASCII text with, here and there, one of these sequences: UTF-8 or not. */
const sequences = [
  [0xc3, 0xa5], // å
  [0xc3, 0x98], // Ø
  [0xc2, 0xa0], // no-break space
  [0xe6, 0x9d, 0xb1], // 東
  [0xf0, 0x9f, 0x98, 0x80], // an emoji, outside the basic plane
  [0xef, 0xbb, 0xbf], // a byte order mark
  [0xc3], // a lead byte alone
  [0xc3, 0x41], // a lead byte before ASCII
  [0x80], // a continuation byte alone
  [0xc0, 0xaf], // an overlong "/"
  [0xff],
];

describe("utf8Text", () => {
  it("gives the text Node's UTF-8 decoder gives, whatever the bytes, ASCII blocks or not", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 0x7f }).map((byte) => [byte]),
            fc.constantFrom(...sequences)
          ),
          { maxLength: 300 }
        ),
        fc.nat({ max: 140_000 }),
        (pieces, asciiBefore) => {
          // ASCII before the pieces moves them across the 64 KiB blocks utf8Text checks at once.
          const bytes = Buffer.concat([
            Buffer.alloc(asciiBefore, 0x61),
            Buffer.from(pieces.flat()),
          ]);
          expect(utf8Text(bytes)).toBe(bytes.toString("utf8"));
        }
      ),
      { numRuns: 300 }
    );
  });

  it("reads a two-byte character that straddles two blocks as that character", () => {
    const bytes = Buffer.alloc(70_000, 0x61);
    bytes.write("å", 65_535, "utf8");
    expect(utf8Text(bytes)).toBe(bytes.toString("utf8"));
    expect(utf8Text(bytes).charAt(65_535)).toBe("å");
  });
});
