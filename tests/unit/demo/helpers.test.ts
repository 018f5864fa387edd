import fc from "fast-check";
import { asciiFold, upnFor } from "../../../src/demo/ascii-fold";
import { apportion } from "../../../src/demo/generate/organisation";
import { lowerFirst } from "../../../src/demo/generate/text";
import { createPrng, sample } from "../../../src/demo/prng";

describe("the seeded generator", () => {
  it("repeats its sequence for a seed and stays in range", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(100), (seed, min, span) => {
        const a = createPrng(seed);
        const b = createPrng(seed);
        for (let i = 0; i < 20; i++) {
          const x = a.int(min, min + span);
          expect(b.int(min, min + span)).toBe(x);
          expect(x).toBeGreaterThanOrEqual(min);
          expect(x).toBeLessThanOrEqual(min + span);
          const f = a.next();
          b.next();
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThan(1);
        }
      }),
    );
  });

  it("samples distinct items", () => {
    fc.assert(
      fc.property(fc.integer(), fc.uniqueArray(fc.nat()), fc.nat(30), (seed, items, count) => {
        const picked = sample(createPrng(seed), items, count);
        expect(picked).toHaveLength(Math.min(count, items.length));
        expect(new Set(picked).size).toBe(picked.length);
        for (const x of picked) expect(items).toContain(x);
      }),
    );
  });
});

describe("apportion", () => {
  it("splits a total exactly, each share within one of its exact proportion", () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const shares = apportion(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          shares.forEach((share, i) => {
            expect(Math.abs(share - (total * (weights[i] ?? 0)) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

describe("names", () => {
  it("folds Swedish letters into UPNs and URL ids", () => {
    expect(upnFor("Åsa", "Öberg")).toBe("asa.oberg@malkedjan.local");
    expect(upnFor("Linnéa", "Håkansson")).toBe("linnea.hakansson@malkedjan.local");
    expect(asciiFold("Gymnasie- och vuxenutbildningsförvaltningen")).toBe(
      "gymnasie-och-vuxenutbildningsforvaltningen",
    );
  });

  it("lower-cases a first word but keeps an acronym", () => {
    expect(lowerFirst("Andel elever")).toBe("andel elever");
    expect(lowerFirst("NKI för bygglov")).toBe("NKI för bygglov");
  });
});
