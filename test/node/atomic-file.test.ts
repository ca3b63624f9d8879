import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OutputFile, writeFileAtomically } from "../../src/node/atomic-file";
import { runTypeScriptChild } from "../support/child-process";
import { runVeikart } from "./small-workbook-file";

const support = join(__dirname, "..", "support");

function folder(): string {
  return mkdtempSync(join(tmpdir(), "veikart-atomic-"));
}

describe("OutputFile", () => {
  it("creates its temporary file beside the target with a random name and mode 0600", async () => {
    const where = folder();
    const first = await OutputFile.create(join(where, "out.xlsx"), { overwrite: false });
    const second = await OutputFile.create(join(where, "out.xlsx"), { overwrite: false });
    const temporary = readdirSync(where);
    expect(temporary).toHaveLength(2);
    for (const name of temporary) {
      expect(name).toMatch(/^\.out\.xlsx\.[0-9a-f]{16}\.tmp$/);
      expect(statSync(join(where, name)).mode & 0o777).toBe(0o600);
    }
    await first.discard();
    await second.discard();
    expect(readdirSync(where)).toEqual([]);
  });

  describe("when a file or link already has the temporary file's name", () => {
    const crypto = jest.requireActual<typeof import("node:crypto")>("node:crypto");
    const guessed = Buffer.from("0123456789abcdef", "hex");
    const plantedName = `.out.xlsx.${guessed.toString("hex")}.tmp`;

    beforeEach(() => {
      jest.spyOn(crypto, "randomBytes").mockImplementation(() => Buffer.from(guessed));
    });
    afterEach(() => jest.restoreAllMocks());

    /** Writes "new" to out.xlsx in `where`, expecting the refusal exclusive creation gives. */
    async function expectRefused(where: string): Promise<void> {
      await expect(
        writeFileAtomically(join(where, "out.xlsx"), { overwrite: false }, () => Buffer.from("new"))
      ).rejects.toThrow(`${join(where, "out.xlsx")} cannot be written (EEXIST)`);
      expect(readdirSync(where)).not.toContain("out.xlsx");
    }

    it("refuses to write into a planted file, and leaves it as it was", async () => {
      const where = folder();
      writeFileSync(join(where, plantedName), "planted", { mode: 0o644 });
      await expectRefused(where);
      expect(readFileSync(join(where, plantedName), "utf8")).toBe("planted");
    });

    it("refuses to follow a planted link, to a file or to a name not yet made", async () => {
      const where = folder();
      const elsewhere = folder();
      writeFileSync(join(elsewhere, "victim"), "victim");
      symlinkSync(join(elsewhere, "victim"), join(where, plantedName));
      await expectRefused(where);
      expect(readFileSync(join(elsewhere, "victim"), "utf8")).toBe("victim");

      const other = folder();
      symlinkSync(join(elsewhere, "made-through-the-link"), join(other, plantedName));
      await expectRefused(other);
      expect(readdirSync(elsewhere)).toEqual(["victim"]);
    });
  });

  it("gives a new file the mode of any new file (0666 less the umask)", async () => {
    const where = folder();
    const path = join(where, "new.xlsx");
    await writeFileAtomically(path, { overwrite: false }, () => Buffer.from("new"));
    expect(statSync(path).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it("keeps the mode of the file it replaces (a private 0600 workbook stays 0600)", async () => {
    const where = folder();
    const path = join(where, "private.xlsx");
    writeFileSync(path, "old", { mode: 0o600 });
    chmodSync(path, 0o600);
    await writeFileAtomically(path, { overwrite: true }, () => Buffer.from("new"));
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("writes through a symbolic link to its target: the link stays, the real file gets the content", async () => {
    const where = folder();
    const real = join(where, "real.xlsx");
    const link = join(where, "link.xlsx");
    writeFileSync(real, "old");
    symlinkSync(real, link);
    await writeFileAtomically(link, { overwrite: true }, () => Buffer.from("new"));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, "utf8")).toBe("new");
  });

  it("refuses a file with another hard link, and leaves both names as they were", async () => {
    const where = folder();
    const path = join(where, "shared.xlsx");
    writeFileSync(path, "old");
    linkSync(path, join(where, "other-name.xlsx"));
    await expect(
      writeFileAtomically(path, { overwrite: true }, () => Buffer.from("new"))
    ).rejects.toThrow(/has 2 hard links: replacing it would split them/);
    expect(readFileSync(join(where, "other-name.xlsx"), "utf8")).toBe("old");
    expect(readdirSync(where).sort()).toEqual(["other-name.xlsx", "shared.xlsx"]);
  });

  it("refuses an existing file without overwrite, and a folder that does not exist", async () => {
    const where = folder();
    writeFileSync(join(where, "taken.xlsx"), "old");
    await expect(
      OutputFile.create(join(where, "taken.xlsx"), { overwrite: false })
    ).rejects.toThrow("already exists; add --force to replace it");
    await expect(
      OutputFile.create(join(where, "missing", "out.xlsx"), { overwrite: false })
    ).rejects.toThrow(`the folder ${join(where, "missing")} does not exist`);
  });

  it("refuses to write over one of its inputs, by any name that reaches the same file", async () => {
    const where = folder();
    const input = join(where, "a.xlsx");
    writeFileSync(input, "input");
    symlinkSync(input, join(where, "alias.xlsx"));
    for (const output of [input, join(where, "alias.xlsx"), join(where, ".", "a.xlsx")])
      await expect(
        OutputFile.create(output, { overwrite: true, inputs: [join(where, "b.xlsx"), input] })
      ).rejects.toThrow(`is the input ${input}: Veikart never writes over a file it reads`);
    expect(readFileSync(input, "utf8")).toBe("input");
  });

  it("leaves the previous file intact and no temporary file when the content cannot be made", async () => {
    const where = folder();
    const path = join(where, "out.xlsx");
    writeFileSync(path, "previous workbook");
    await expect(
      writeFileAtomically(path, { overwrite: true }, () => {
        throw new Error("disk full");
      })
    ).rejects.toThrow("disk full");
    expect(readFileSync(path, "utf8")).toBe("previous workbook");
    expect(readdirSync(where)).toEqual(["out.xlsx"]);
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    "removes its temporary file when the process is stopped by %s",
    async (signal) => {
      const where = folder();
      const run = await runTypeScriptChild(
        join(support, "hold-output-file.ts"),
        [join(where, "out.xlsx")],
        {
          onOutput: (stdout, child) => {
            if (stdout.includes("ready")) {
              expect(readdirSync(where)).toHaveLength(1);
              child.kill(signal);
            }
          },
        }
      );
      expect(run.stdout).toContain("ready");
      expect(run.signal).toBe(signal);
      expect(readdirSync(where)).toEqual([]);
    },
    20_000
  );
});

const asRoot = process.getuid?.() === 0;

/** Ids no account on the machine has: a file given to them is plainly someone else's. */
const otherOwner = { uid: 4321, gid: 8765 };

/** Whether this process may give a file to another user: root may, or a process with CAP_CHOWN. */
function mayGiveFilesAway(): boolean {
  const probe = join(folder(), "probe");
  writeFileSync(probe, "");
  try {
    chownSync(probe, otherOwner.uid, otherOwner.gid);
    return true;
  } catch {
    return false;
  }
}

describe("OutputFile and the owner of the file it replaces", () => {
  // Setting up a file owned by someone else needs the right to give files away; a user without it
  // cannot make the case, so the test is skipped only then.
  (mayGiveFilesAway() ? it : it.skip)(
    "gives the new file the owner, group and mode of the file it replaces",
    async () => {
      const where = folder();
      const path = join(where, "shared.xlsx");
      writeFileSync(path, "old");
      chownSync(path, otherOwner.uid, otherOwner.gid);
      chmodSync(path, 0o640);
      const before = statSync(path);
      await writeFileAtomically(path, { overwrite: true }, () => Buffer.from("new"));
      const after = statSync(path);
      expect(readFileSync(path, "utf8")).toBe("new");
      // A new inode: the file was replaced by the renamed temporary file, not written over.
      expect(after.ino).not.toBe(before.ino);
      expect({ uid: after.uid, gid: after.gid, mode: after.mode & 0o777 }).toEqual({
        ...otherOwner,
        mode: 0o640,
      });
    }
  );

  // A user may replace another's file in a folder the user owns, but not give the new file to its
  // old owner: the file becomes the user's, with the old mode, and the run succeeds.
  (asRoot ? it : it.skip)(
    "replaces another user's file as the user's own when it may not give it back",
    async () => {
      const where = folder();
      chownSync(where, 65534, 65534);
      const path = join(where, "template.xlsx");
      writeFileSync(path, "old");
      chownSync(path, otherOwner.uid, otherOwner.gid);
      chmodSync(path, 0o644);
      const run = await runTypeScriptChild(
        join(support, "veikart-child.ts"),
        ["template", path, "--force"],
        { uid: 65534, gid: 65534 }
      );
      expect(run.stderr).toBe("");
      expect(run.exitCode).toBe(0);
      const after = statSync(path);
      expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
      expect({ uid: after.uid, gid: after.gid, mode: after.mode & 0o777 }).toEqual({
        uid: 65534,
        gid: 65534,
        mode: 0o644,
      });
    },
    60_000
  );
});

describe("veikart and an output folder it cannot write", () => {
  // Root writes any folder whatever its mode, so the run is made as the unprivileged user nobody.
  (asRoot ? it : it.skip)(
    "fails at once, before reading the input (a broken input is never even opened)",
    async () => {
      const where = folder();
      chmodSync(where, 0o755);
      const input = join(where, "not-a-workbook.xlsx");
      writeFileSync(input, "not a zip file");
      chmodSync(input, 0o644);
      const run = await runTypeScriptChild(
        join(support, "veikart-child.ts"),
        ["benchmark", input, "-o", join(where, "out.xlsx")],
        { uid: 65534, gid: 65534 }
      );
      expect(run.stderr).toBe(
        `veikart: the folder ${where} cannot be written (EACCES): nothing was read or written\n`
      );
      expect(run.exitCode).toBe(2);
      expect(readdirSync(where)).toEqual(["not-a-workbook.xlsx"]);
    },
    30_000
  );
});

describe("veikart merge", () => {
  it("refuses to write the combined workbook over one of its inputs, even with --force", async () => {
    const where = folder();
    const first = join(where, "a.xlsx");
    writeFileSync(first, "the partner's workbook");
    const { exitCode, stderr } = await runVeikart([
      "merge",
      first,
      join(where, "b.xlsx"),
      "-o",
      first,
      "--force",
    ]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(`is the input ${first}`);
    expect(readFileSync(first, "utf8")).toBe("the partner's workbook");
  });
});
