import { parseCommand, UsageError } from "../../src/maintain/cli";

describe("npm run maintain: arguments", () => {
  it("reads rename-entity and merge-entities with their options", () => {
    expect(parseCommand(["rename-entity", "--from", "yang-zhilin", "--to", "zhilin-yang"])).toEqual({
      name: "rename-entity",
      options: { from: "yang-zhilin", to: "zhilin-yang" },
    });
    expect(parseCommand(["merge-entities", "--survivor=alibaba", "--merged", "alibaba-cloud"])).toEqual({
      name: "merge-entities",
      options: { survivor: "alibaba", merged: "alibaba-cloud" },
    });
  });

  it.each([
    [[], /no command given/],
    [["delete-entity", "--slug", "x"], /unknown command "delete-entity"/],
    [["rename-entity", "--from", "a"], /rename-entity needs --to/],
    [["merge-entities"], /merge-entities needs --survivor and --merged/],
    [["rename-entity", "--from", "a", "--to", "b", "--force"], /--force/],
  ])("refuses %j with a usage error", (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
