import type { RibbonCommandHandler } from "../../src/commands/commands";

type CommandsModule = typeof import("../../src/commands/commands");

interface FakeOffice {
  actions: { associate: jest.Mock<void, [string, RibbonCommandHandler]> };
  addin: { showAsTaskpane: jest.Mock<Promise<void>, []> };
}

const globals = globalThis as unknown as { Office?: FakeOffice };

function installFakeOffice(showAsTaskpane: () => Promise<void>): FakeOffice {
  const fake: FakeOffice = {
    actions: { associate: jest.fn<void, [string, RibbonCommandHandler]>() },
    addin: { showAsTaskpane: jest.fn(showAsTaskpane) },
  };
  globals.Office = fake;
  return fake;
}

type RequestsModule = typeof import("../../src/commands/ribbon-requests");

/** Fresh copies of the modules, so load-time registration runs against the current globals. */
function loadModules(): { commands: CommandsModule; requests: RequestsModule } {
  let loaded: { commands: CommandsModule; requests: RequestsModule } | undefined;
  jest.isolateModules(() => {
    loaded = {
      requests: jest.requireActual<RequestsModule>("../../src/commands/ribbon-requests"),
      commands: jest.requireActual<CommandsModule>("../../src/commands/commands"),
    };
  });
  if (loaded === undefined) throw new Error("the commands module did not load");
  return loaded;
}

function loadCommands(): CommandsModule {
  return loadModules().commands;
}

function fakeEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return {
    completed: jest.fn(),
    source: { id: "Veikart.ValidateButton" },
  } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

afterEach(() => {
  delete globals.Office;
  jest.restoreAllMocks();
});

describe("ribbon command registration", () => {
  it("loads without an Office global", () => {
    delete globals.Office;
    expect(() => loadCommands()).not.toThrow();
  });

  it("associates validate and benchmark with their handlers when the module loads in Office", () => {
    const office = installFakeOffice(() => Promise.resolve());
    const commands = loadCommands();
    const associated = office.actions.associate.mock.calls.map(([name]) => name);
    expect(associated).toEqual(["validate", "benchmark"]);
    expect(office.actions.associate).toHaveBeenCalledWith(
      "validate",
      commands.ribbonCommands.validate
    );
    expect(office.actions.associate).toHaveBeenCalledWith(
      "benchmark",
      commands.ribbonCommands.benchmark
    );
  });

  it("registerRibbonCommands associates every exported command name once", () => {
    delete globals.Office;
    const commands = loadCommands();
    const office = installFakeOffice(() => Promise.resolve());
    commands.registerRibbonCommands();
    const associated = office.actions.associate.mock.calls.map(([name]) => name);
    expect(associated).toEqual([...commands.ribbonCommandNames]);
    expect(new Set(associated).size).toBe(associated.length);
  });
});

describe.each(["validate", "benchmark"] as const)("the %s command", (name) => {
  it("opens the task pane and then completes the event exactly once", async () => {
    const office = installFakeOffice(() => Promise.resolve());
    const event = fakeEvent();
    const { ribbonCommands } = loadCommands();
    await ribbonCommands[name](event);
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(office.addin.showAsTaskpane.mock.invocationCallOrder[0]).toBeLessThan(
      event.completed.mock.invocationCallOrder[0] ?? -1
    );
  });

  it("completes the event exactly once and reports the error when showAsTaskpane rejects", async () => {
    const failure = new Error("no task pane in this host");
    installFakeOffice(() => Promise.reject(failure));
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = fakeEvent();
    const { ribbonCommands } = loadCommands();
    await expect(ribbonCommands[name](event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining(name), failure);
  });

  it("completes the event exactly once when showAsTaskpane throws synchronously", async () => {
    installFakeOffice(() => {
      throw new Error("Office.addin is not available");
    });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = fakeEvent();
    const { ribbonCommands } = loadCommands();
    await expect(ribbonCommands[name](event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("ribbon requests reach the pane", () => {
  it.each(["validate", "benchmark"] as const)(
    "the %s command hands its request to a listening pane, opens it and completes",
    async (name) => {
      installFakeOffice(() => Promise.resolve());
      const { commands, requests } = loadModules();
      const received: string[] = [];
      const stop = requests.listenToRibbon((request) => received.push(request));
      const event = fakeEvent();
      await commands.ribbonCommands[name](event);
      expect(received).toEqual([name]);
      expect(event.completed).toHaveBeenCalledTimes(1);
      stop();
    }
  );

  it("keeps a request made before the pane listens, and hands it over once", () => {
    const { requests } = loadModules();
    requests.requestFromRibbon("benchmark");
    const received: string[] = [];
    const stop = requests.listenToRibbon((request) => received.push(request));
    stop();
    requests.listenToRibbon((request) => received.push(request));
    expect(received).toEqual(["benchmark"]);
  });
});
