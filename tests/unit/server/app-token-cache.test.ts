import { cachedToken, type AccessToken } from "../../../src/server/identity/tokenCache";

const minute = 60_000;

/** A fake Entra: hands out numbered tokens valid for an hour from the fake clock, or fails when told. */
function fakeEntra(clock: { now: number }) {
  const calls: Array<{ resolve: (t: AccessToken) => void; reject: (e: Error) => void }> = [];
  let issued = 0;
  return {
    get acquisitions(): number {
      return issued;
    },
    /** Answers at once. */
    acquire: (): Promise<AccessToken> => {
      issued += 1;
      return Promise.resolve({ token: `token-${issued}`, expiresAt: clock.now + 60 * minute });
    },
    /** Answers when the test says so. */
    held: (): Promise<AccessToken> => {
      issued += 1;
      return new Promise((resolve, reject) => calls.push({ resolve, reject }));
    },
    release: (token: string) => calls.shift()?.resolve({ token, expiresAt: clock.now + 60 * minute }),
    fail: (message: string) => calls.shift()?.reject(new Error(message)),
  };
}

describe("the app identity's token cache", () => {
  it("keeps a token until five minutes before it expires, then gets a new one", async () => {
    const clock = { now: 0 };
    const entra = fakeEntra(clock);
    const token = cachedToken(entra.acquire, { now: () => clock.now });
    expect(await token()).toBe("token-1");
    clock.now = 54 * minute;
    expect(await token()).toBe("token-1");
    clock.now = 55 * minute;
    expect(await token()).toBe("token-2");
    clock.now = 100 * minute;
    expect(await token()).toBe("token-2");
    expect(entra.acquisitions).toBe(2);
  });

  it("renews a short-lived token at half its life rather than on every request", async () => {
    const clock = { now: 0 };
    let issued = 0;
    const token = cachedToken(
      () => Promise.resolve({ token: `short-${++issued}`, expiresAt: clock.now + 4 * minute }),
      { now: () => clock.now },
    );
    expect(await token()).toBe("short-1");
    clock.now = 1.9 * minute;
    expect(await token()).toBe("short-1");
    clock.now = 2 * minute;
    expect(await token()).toBe("short-2");
  });

  it("gives concurrent callers one acquisition", async () => {
    const clock = { now: 0 };
    const entra = fakeEntra(clock);
    const token = cachedToken(entra.held, { now: () => clock.now });
    const waiting = [token(), token(), token()];
    entra.release("shared");
    expect(await Promise.all(waiting)).toEqual(["shared", "shared", "shared"]);
    expect(entra.acquisitions).toBe(1);
  });

  it("does not keep a failure: every waiting caller gets it, the next request tries again", async () => {
    const clock = { now: 0 };
    const entra = fakeEntra(clock);
    const token = cachedToken(entra.held, { now: () => clock.now });
    const waiting = [token(), token()];
    entra.fail("AADSTS700027: certificate not registered");
    for (const outcome of await Promise.allSettled(waiting))
      expect(outcome).toMatchObject({ status: "rejected", reason: { message: /AADSTS700027/ } });
    const retry = token();
    entra.release("after-the-fix");
    expect(await retry).toBe("after-the-fix");
    expect(entra.acquisitions).toBe(2);
  });
});
