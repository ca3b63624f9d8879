#!/usr/bin/env node
"use strict";
// The command line is compiled from src/node by `npm run prepare` (run by `npm ci`).
const { main } = require("../lib/src/node/cli.js");
main(process.argv.slice(2)).then((exitCode) => {
  process.exitCode = exitCode;
});
