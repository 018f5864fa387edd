import { LOCAL_TENANT_ID } from "../identity/token";
import type { AppGrant } from "../security/app-grants";
import { Scopes } from "../security/scopes";
import { SiteDatabase } from "../storage/database";
import { Fields } from "../storage/fields";
import { Items } from "../storage/items";
import { Lists } from "../storage/lists";
import { Principals } from "../storage/principals";
import { seedFreshSite, siteMeta } from "../storage/seed";

export interface SiteSettings {
  sitePath: string;
  listViewThreshold: number;
  uniqueScopeLimit: number;
  /** Apps let in with app-only tokens, by lower-cased app id. */
  appGrants?: ReadonlyMap<string, AppGrant>;
}

/** Everything one local site holds: its store and the repositories over it. */
export class Site {
  readonly principals: Principals;
  readonly scopes: Scopes;
  readonly fields: Fields;
  readonly lists: Lists;
  readonly items: Items;
  readonly webId: string;
  readonly siteId: string;
  readonly created: string;

  constructor(
    readonly store: SiteDatabase,
    readonly settings: SiteSettings,
  ) {
    this.principals = new Principals(store);
    this.scopes = new Scopes(store, this.principals, settings.appGrants, LOCAL_TENANT_ID);
    this.fields = new Fields(store);
    this.lists = new Lists(store, this.fields, settings.sitePath);
    this.items = new Items(store);
    seedFreshSite(store, this.principals, "Styrning");
    this.lists.migrate();
    this.webId = siteMeta(store, "webId");
    this.siteId = siteMeta(store, "siteId");
    this.created = siteMeta(store, "created");
  }

  get title(): string {
    return siteMeta(this.store, "title");
  }
}
