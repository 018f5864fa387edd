import type { PrincipalRow } from "../storage/principals";
import { EMPTY_MASK, FULL_MASK, hasPermission, type BasePermissions } from "./permissions";

/** Who is asking, and what they may do in each permission scope (immutable: computed once, then shared). */
export class Caller {
  private readonly readable = new Map<number, number[]>();
  private readonly listsReadable = new Map<number, ReadonlySet<number>>();

  /**
   * `listOfScope`: the list each scope in `masks` belongs to (null for the web's). `siteWide`: a mask that
   * holds in every scope whatever its role assignments — an app-only caller's grant, as SharePoint Online
   * applies Sites.Selected regardless of unique permissions.
   */
  constructor(
    readonly user: PrincipalRow,
    private readonly masks: ReadonlyMap<number, BasePermissions>,
    private readonly listOfScope: ReadonlyMap<number, number | null>,
    readonly siteWide?: BasePermissions,
  ) {}

  get isSiteAdmin(): boolean {
    return this.user.IsSiteAdmin === 1;
  }

  /** Whether the caller may do `permission` in every scope of the site (site admin, or an app granted it). */
  everywhere(permission: number): boolean {
    return this.isSiteAdmin || (this.siteWide !== undefined && hasPermission(this.siteWide, permission));
  }

  maskAt(scopeId: number): BasePermissions {
    if (this.isSiteAdmin) return FULL_MASK;
    if (this.siteWide !== undefined) return this.siteWide;
    return this.masks.get(scopeId) ?? EMPTY_MASK;
  }

  can(scopeId: number, permission: number): boolean {
    return this.isSiteAdmin || hasPermission(this.maskAt(scopeId), permission);
  }

  /** Scopes in which the caller may view list items (for trimming reads). */
  readableScopes(viewPermission: number): readonly number[] {
    const known = this.readable.get(viewPermission);
    if (known !== undefined) return known;
    const scopes: number[] = [];
    for (const [scopeId, mask] of this.masks) if (hasPermission(mask, viewPermission)) scopes.push(scopeId);
    this.readable.set(viewPermission, scopes);
    return scopes;
  }

  /** Whether any scope of this list (its own, a folder's or an item's) lets the caller view items. */
  readsInList(listNum: number, viewPermission: number): boolean {
    if (this.everywhere(viewPermission)) return true;
    let lists = this.listsReadable.get(viewPermission);
    if (lists === undefined) {
      const nums = new Set<number>();
      for (const scopeId of this.readableScopes(viewPermission)) {
        const num = this.listOfScope.get(scopeId);
        if (num !== undefined && num !== null) nums.add(num);
      }
      lists = nums;
      this.listsReadable.set(viewPermission, lists);
    }
    return lists.has(listNum);
  }

  scopesWithAnyRole(): number[] {
    return [...this.masks.keys()];
  }
}
