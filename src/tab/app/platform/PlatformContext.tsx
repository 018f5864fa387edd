import { createContext, useContext, type ReactNode } from "react";
import type { Platform } from "./platform";

const PlatformContext = createContext<Platform | undefined>(undefined);

export function PlatformProvider(props: { platform: Platform; children: ReactNode }) {
  return <PlatformContext.Provider value={props.platform}>{props.children}</PlatformContext.Provider>;
}

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (platform === undefined) throw new Error("usePlatform needs the tab's PlatformProvider");
  return platform;
}
