import type { PrincipalRow } from "../storage/principals";
import { EMPTY_MASK, FULL_MASK, hasPermission, type BasePermissions } from "./permissions";

/** Who is asking, and what they may do in each permission scope (computed once per request). */
export class Caller {
  constructor(
    readonly user: PrincipalRow,
    private readonly masks: ReadonlyMap<number, BasePermissions>,
  ) {}

  get isSiteAdmin(): boolean {
    return this.user.IsSiteAdmin === 1;
  }

  maskAt(scopeId: number): BasePermissions {
    if (this.isSiteAdmin) return FULL_MASK;
    return this.masks.get(scopeId) ?? EMPTY_MASK;
  }

  can(scopeId: number, permission: number): boolean {
    return this.isSiteAdmin || hasPermission(this.maskAt(scopeId), permission);
  }

  /** Scopes in which the caller may view list items (for trimming reads). */
  readableScopes(viewPermission: number): number[] {
    const scopes: number[] = [];
    for (const [scopeId, mask] of this.masks) if (hasPermission(mask, viewPermission)) scopes.push(scopeId);
    return scopes;
  }

  scopesWithAnyRole(): number[] {
    return [...this.masks.keys()];
  }
}
