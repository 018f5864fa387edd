/** SharePoint's PermissionKind numbers (the bit index is the number minus one) for what the local site checks. */
export const Permission = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  BrowseDirectories: 20,
  BrowseUserInfo: 23,
  ManagePermissions: 25,
  EnumeratePermissions: 26,
  ManageWeb: 31,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  CreateAlerts: 39,
  EditMyUserInfo: 40,
} as const;

/** A base-permissions mask split into SharePoint's Low/High 32-bit halves. */
export interface BasePermissions {
  low: number;
  high: number;
}

export function maskOf(kinds: readonly number[]): BasePermissions {
  let low = 0;
  let high = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) low += 2 ** bit;
    else high += 2 ** (bit - 32);
  }
  return { low, high };
}

export function hasPermission(mask: BasePermissions, kind: number): boolean {
  const bit = kind - 1;
  const half = bit < 32 ? mask.low : mask.high;
  return Math.floor(half / 2 ** (bit % 32)) % 2 === 1;
}

export function unionMask(a: BasePermissions, b: BasePermissions): BasePermissions {
  const or = (x: number, y: number): number => Number((BigInt(x) | BigInt(y)) & 0xffffffffn);
  return { low: or(a.low, b.low), high: or(a.high, b.high) };
}

export const FULL_MASK: BasePermissions = { low: 0xffffffff, high: 0x7fffffff };
export const EMPTY_MASK: BasePermissions = { low: 0, high: 0 };
