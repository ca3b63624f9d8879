// `veikart` from the sources in a child process, for runs as another user.
import { main } from "../../src/node/cli";

void main(process.argv.slice(2), { language: "en", interactive: false }).then((exitCode) => {
  process.exitCode = exitCode;
});
