import express, { type RequestHandler, type Router } from "express";
import { problem } from "./problem";

/** Registers routes on the `/api` router (paths relative to `/api`; bodies read with `jsonBody`). */
export type ApiRoutes = (router: Router) => void;

/** The largest JSON body the API reads; larger ones are answered 413. */
export const apiBodyLimit = "100kb";

/**
 * A body that is not JSON is refused before any route sees it (415): the API takes JSON only.
 * Requests without a body (GET, DELETE, an empty POST) pass.
 */
const jsonOnly: RequestHandler = (req, res, next) => {
  if (req.headers["content-length"] === "0" || req.is("application/json") !== false) return next();
  problem(
    res,
    415,
    "unsupported-media-type",
    "Fel innehållstyp",
    "API:t tar bara emot JSON: skicka Content-Type: application/json.",
  );
};

/** Unknown API paths: 404 as a problem, never the tab's page. */
const apiNotFound: RequestHandler = (_req, res) => {
  problem(res, 404, "not-found", "Hittades inte", "Det finns inget API på den här adressen.");
};

/**
 * Reads a JSON body strictly (objects and arrays), at most 100 kB; its errors end in the app's error handler
 * as Swedish problems (400 malformed, 413 too large). Routes put it after they have verified the caller, so
 * nobody unknown gets a body read at all.
 */
export const jsonBody: RequestHandler = express.json({
  limit: apiBodyLimit,
  strict: true,
  type: "application/json",
});

/**
 * The `/api` router: JSON bodies only (415 otherwise, from the headers); `routes` adds the API's own routes,
 * relative to `/api` (`router.get("/goals", …)`), each reading its body with `jsonBody` once it knows who calls.
 */
export function apiRouter(routes?: ApiRoutes): Router {
  const router = express.Router();
  router.use(jsonOnly);
  routes?.(router);
  router.use(apiNotFound);
  return router;
}
