import { terminalText } from "../../src/node/terminal-text";

describe("terminalText", () => {
  it.each([
    ["colour codes", "Oslo\u001b[31m rød\u001b[0m", "Oslo rød"],
    ["a window title (OSC ended by BEL)", "\u001b]0;owned\u0007Bergen", "Bergen"],
    ["a screen clear and a one-byte CSI", "\u001b[2JTromsø\u009b2J", "Tromsø2J"],
    ["line breaks and tabs, as spaces", "Oslo\r\nkommune\tby", "Oslo kommune by"],
    ["other control characters and bidirectional overrides", "a\u0000b\u0008c\u202ed", "abcd"],
  ])("removes %s", (_what, text, shown) => {
    expect(terminalText(text)).toBe(shown);
  });

  it("keeps Norwegian and other printable text as it is", () => {
    expect(terminalText("Ålesund – Sør-Varanger «by» 😀")).toBe("Ålesund – Sør-Varanger «by» 😀");
  });
});
