// Text from a workbook as the terminal may print it: a unit name can hold anything, and escape
// sequences would recolour, retitle or rewrite the user's terminal. The --json output keeps such
// characters, escaped by JSON itself.

/** ESC-introduced sequences (CSI "ESC [ ... m", OSC "ESC ] ... BEL", two-character ones) whole. */
const escapeSequence =
  // eslint-disable-next-line no-control-regex -- escape sequences are what is being removed
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_]?)/g;
/** Line breaks and tabs, which would break the report's layout: one space each. */
const layoutBreak = /\r\n|[\r\n\t\u2028\u2029]/g;
/** Every other control character (C0, DEL, C1 such as the one-byte CSI U+009B) and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const invisibleControl = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of the terminal report: escape sequences and control characters removed, line breaks as spaces. */
export function terminalText(text: string): string {
  return text.replace(escapeSequence, "").replace(layoutBreak, " ").replace(invisibleControl, "");
}
