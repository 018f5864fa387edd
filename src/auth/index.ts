export type { TokenProvider } from "./tokenProvider";
export { unsignedToken, localTokenProvider } from "./unsignedToken";
