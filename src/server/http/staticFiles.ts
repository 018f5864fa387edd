import type { ServerResponse } from "node:http";
import express, { type RequestHandler } from "express";

/** webpack names every JS file `[name].[contenthash:8].js`: such a file never changes under its name. */
const hashedChunk = /\.[0-9a-f]{8}\.js$/;

export const cacheForever = "public, max-age=31536000, immutable";
/** Always revalidated (ETag / Last-Modified), so a rebuild shows at the next load. */
export const revalidate = "no-cache";

function setCacheControl(res: ServerResponse, file: string): void {
  res.setHeader("Cache-Control", hashedChunk.test(file) ? cacheForever : revalidate);
}

/**
 * The built tab from `root` (serve-static, via express.static): `/` is index.html, never cached; hashed
 * chunks cached a year. GET and HEAD only; dotfiles are not served; `..` and encoded traversal are refused by
 * `send` (which answers 403 and, falling through, ends in the app's 404). Compression is the app's
 * `compression()` in front of it.
 */
export function tabFiles(root: string): RequestHandler {
  return express.static(root, {
    index: "index.html",
    dotfiles: "ignore",
    redirect: false,
    fallthrough: true,
    setHeaders: setCacheControl,
  });
}

/** One file at a fixed path (the favicon), revalidated on every load; falls through when it is missing. */
export function oneFile(file: string): RequestHandler {
  return (_req, res, next) => {
    res.sendFile(file, { cacheControl: false, headers: { "Cache-Control": revalidate } }, (error) => {
      // Once headers are out, an error is the client going away: nothing left to answer.
      if (error !== undefined && !res.headersSent) next();
    });
  };
}
