export type { TokenProvider } from "./tokenProvider";
export { unsignedToken, localTokenProvider } from "./unsignedToken";
export { chooseTokenProvider, type TokenChoice } from "./chooseTokenProvider";
