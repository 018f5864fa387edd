import { z } from "zod";

// zod 4 probes `new Function` once to decide whether to compile parsers; the tab's CSP refuses eval, so
// tell zod not to try (imported first by the entry, before any schema is used).
z.config({ jitless: true });
