import type { PortsFactory } from "./tabPorts";

/**
 * The data layer's repositories bound to one person's connection. Seam: until src/sharepoint exposes
 * its port factory this fails loudly rather than pretending to return data.
 */
export const createTabPorts: PortsFactory = () => {
  throw new Error("Datalagret (src/sharepoint) har ännu ingen fabrik för portarna.");
};
