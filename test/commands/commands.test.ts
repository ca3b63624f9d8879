// The handlers' contract with Office (association, event.completed, opening the pane) and the ribbon
// channel between separate copies of ribbon-requests, as dist/commands.js and dist/taskpane.js each
// carry one. Whether a click reaches the pane in the built add-in is the browser test's job
// (test/e2e/run.mjs drives the handlers office.js registered in dist/taskpane.html).
import type { RibbonCommandHandler } from "../../src/commands/commands";
import { ribbonChannelKey, type RibbonRequest } from "../../src/commands/ribbon-requests";

type CommandsModule = typeof import("../../src/commands/commands");
type RequestsModule = typeof import("../../src/commands/ribbon-requests");

interface FakeOffice {
  actions: { associate: jest.Mock<void, [string, RibbonCommandHandler]> };
  addin: { showAsTaskpane: jest.Mock<Promise<void>, []> };
}

const page = globalThis as unknown as { Office?: FakeOffice } & Record<symbol, unknown>;

function installFakeOffice(showAsTaskpane: () => Promise<void>): FakeOffice {
  const fake: FakeOffice = {
    actions: { associate: jest.fn<void, [string, RibbonCommandHandler]>() },
    addin: { showAsTaskpane: jest.fn(showAsTaskpane) },
  };
  page.Office = fake;
  return fake;
}

/** A module in a registry of its own, as each webpack entry bundles its own copy. */
function loadIsolated<T extends object>(path: string): T {
  let loaded: T | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<T>(path);
  });
  if (loaded === undefined) throw new Error(`${path} did not load`);
  return loaded;
}

const loadCommands = () => loadIsolated<CommandsModule>("../../src/commands/commands");
const loadRequests = () => loadIsolated<RequestsModule>("../../src/commands/ribbon-requests");

function fakeEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return {
    completed: jest.fn(),
    source: { id: "Veikart.ValidateButton" },
  } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

afterEach(() => {
  delete page.Office;
  delete page[ribbonChannelKey];
  jest.restoreAllMocks();
});

describe("ribbon command registration", () => {
  it("loads without an Office global", () => {
    delete page.Office;
    expect(() => loadCommands()).not.toThrow();
  });

  it("associates validate and benchmark with their handlers when the module loads in Office", () => {
    const office = installFakeOffice(() => Promise.resolve());
    const commands = loadCommands();
    expect(office.actions.associate.mock.calls).toEqual([
      ["validate", commands.ribbonCommands.validate],
      ["benchmark", commands.ribbonCommands.benchmark],
    ]);
  });
});

describe.each(["validate", "benchmark"] as const)("the %s command", (name) => {
  it("hands its request to the pane, opens the pane, then completes the event once", async () => {
    const office = installFakeOffice(() => Promise.resolve());
    const pane = loadRequests();
    const received: RibbonRequest[] = [];
    pane.listenToRibbon((request) => received.push(request));
    const event = fakeEvent();
    await loadCommands().ribbonCommands[name](event);
    expect(received).toEqual([name]);
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(office.addin.showAsTaskpane.mock.invocationCallOrder[0]).toBeLessThan(
      event.completed.mock.invocationCallOrder[0] ?? -1
    );
  });

  it("when the pane cannot be opened, completes once, names the command and keeps the request", async () => {
    const failure = new Error("no task pane in this host");
    installFakeOffice(() => Promise.reject(failure));
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = fakeEvent();
    await expect(loadCommands().ribbonCommands[name](event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining(`"${name}"`), failure);
    const received: RibbonRequest[] = [];
    loadRequests().listenToRibbon((request) => received.push(request));
    expect(received).toEqual([name]);
  });

  it("completes the event once when Office.addin is missing and showAsTaskpane throws", async () => {
    installFakeOffice(() => {
      throw new Error("Office.addin is not available");
    });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = fakeEvent();
    await expect(loadCommands().ribbonCommands[name](event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});

describe("the ribbon channel between two copies of ribbon-requests", () => {
  it("hands a request made in one copy to the listener of the other", () => {
    const commandsCopy = loadRequests();
    const paneCopy = loadRequests();
    expect(commandsCopy).not.toBe(paneCopy);
    const received: RibbonRequest[] = [];
    paneCopy.listenToRibbon((request) => received.push(request));
    commandsCopy.requestFromRibbon("validate");
    commandsCopy.requestFromRibbon("benchmark");
    expect(received).toEqual(["validate", "benchmark"]);
  });

  it("keeps requests made before the pane listens, in order, and hands them over once", () => {
    const commandsCopy = loadRequests();
    const paneCopy = loadRequests();
    commandsCopy.requestFromRibbon("benchmark");
    commandsCopy.requestFromRibbon("validate");
    const first: RibbonRequest[] = [];
    const stop = paneCopy.listenToRibbon((request) => first.push(request));
    stop();
    const second: RibbonRequest[] = [];
    paneCopy.listenToRibbon((request) => second.push(request));
    expect(first).toEqual(["benchmark", "validate"]);
    expect(second).toEqual([]);
  });

  it("keeps requests again once the pane stops listening", () => {
    const commandsCopy = loadRequests();
    const paneCopy = loadRequests();
    const stopped: RibbonRequest[] = [];
    paneCopy.listenToRibbon((request) => stopped.push(request))();
    commandsCopy.requestFromRibbon("validate");
    const later: RibbonRequest[] = [];
    paneCopy.listenToRibbon((request) => later.push(request));
    expect(stopped).toEqual([]);
    expect(later).toEqual(["validate"]);
  });

  it("a stale stop does not remove a newer listener", () => {
    const paneCopy = loadRequests();
    const received: RibbonRequest[] = [];
    const stopOld = paneCopy.listenToRibbon(() => undefined);
    paneCopy.listenToRibbon((request) => received.push(request));
    stopOld();
    loadRequests().requestFromRibbon("benchmark");
    expect(received).toEqual(["benchmark"]);
  });
});
