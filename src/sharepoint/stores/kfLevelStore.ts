import type { SPFI } from "@pnp/sp";
import type {
  BoardIndicator,
  BoardPlan,
  KfLevelEntity,
  KfLevelEntityByKind,
  KfLevelKind,
  KfLevelScene,
  KfLevelSceneRequest,
  KfLevelStore,
  Versioned,
} from "../../domain";
import { inOneBatch, widestBatch } from "../lists/batch";
import { rowsWhere } from "../lists/rows";
import { fromRow, selectOf } from "../mapping/rowMapping";
import { eq } from "../odata/filter";
import { read, readAnyOf } from "../queries/readers";
import { SharePointEntityRepository } from "../repositories/entityRepository";
import type { EntityList } from "../schema/columns";
import { lists } from "../schema/lists";

/** Queues a read of a whole KF list with versions (ETags): a handful of rows per mandate period. */
function versionedRows<K extends KfLevelKind>(
  sp: SPFI,
  list: EntityList<K>,
): Promise<Versioned<KfLevelEntityByKind[K]>[]> {
  return rowsWhere(sp, list.title, selectOf(list)).then((rows) =>
    rows.map((row) => fromRow(list, row) as Versioned<KfLevelEntityByKind[K]>),
  );
}

/** The KF lists are not partitioned: a row is placed by nothing but its own fields. */
const unplaced = {};

/**
 * The KF level over SharePoint, as the app identity writes it: one batched read of the caller and the four
 * small KF lists; when translations are asked, one more of the nämnd indicators that translate the
 * mandate's KF indicators (indexed `KfIndicatorId`) and the verksamhetsplaner of its four years (indexed
 * `Year`). Each write is one request (a copy's rows one batch), ETags kept.
 */
export class SharePointKfLevelStore implements KfLevelStore {
  private readonly repositories: { [K in KfLevelKind]: SharePointEntityRepository<K> };

  constructor(private readonly sp: SPFI) {
    const context = { sp, actorId: "app" };
    this.repositories = {
      vision: new SharePointEntityRepository(context, lists.vision),
      "program-declaration": new SharePointEntityRepository(context, lists["program-declaration"]),
      "focus-area": new SharePointEntityRepository(context, lists["focus-area"]),
      "kf-indicator": new SharePointEntityRepository(context, lists["kf-indicator"]),
    };
  }

  async scene(request: KfLevelSceneRequest): Promise<KfLevelScene> {
    const [persons, visions, declarations, focusAreas, kfIndicators] = await inOneBatch(
      this.sp,
      (b) =>
        [
          read(b, lists.person, eq("Key", request.callerId)),
          versionedRows(b, lists.vision),
          versionedRows(b, lists["program-declaration"]),
          versionedRows(b, lists["focus-area"]),
          versionedRows(b, lists["kf-indicator"]),
        ] as const,
    );
    const asked = declarations.find((d) => d.value.id === request.translationsOf)?.value;
    let translations: BoardIndicator[] = [];
    let boardPlans: BoardPlan[] = [];
    if (asked !== undefined) {
      const areas = new Set(
        focusAreas.filter((f) => f.value.programDeclarationId === asked.id).map((f) => f.value.id),
      );
      const ids = kfIndicators.filter((k) => areas.has(k.value.focusAreaId)).map((k) => k.value.id);
      const { firstYear, lastYear } = asked.mandate;
      const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
      const [indicators, ...plans] = await inOneBatch(
        this.sp,
        (b) =>
          [
            ids.length === 0
              ? Promise.resolve([] as BoardIndicator[])
              : readAnyOf(b, lists["board-indicator"], "KfIndicatorId", ids),
            ...years.map((year) => read(b, lists["board-plan"], eq("Year", year))),
          ] as const,
        widestBatch,
      );
      translations = indicators;
      boardPlans = plans.flat();
    }
    return {
      caller: persons[0],
      visions,
      declarations,
      focusAreas,
      kfIndicators,
      translations,
      boardPlans,
    };
  }

  create<K extends KfLevelKind>(
    kind: K,
    value: KfLevelEntityByKind[K],
  ): Promise<Versioned<KfLevelEntityByKind[K]>> {
    return this.repositories[kind].insert(value as never, unplaced) as Promise<
      Versioned<KfLevelEntityByKind[K]>
    >;
  }

  async createAll(rows: readonly KfLevelEntity[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 100) {
      const part = rows.slice(i, i + 100);
      await inOneBatch(
        this.sp,
        (b) => {
          const context = { sp: b, actorId: "app" };
          return part.map((row) =>
            new SharePointEntityRepository(context, lists[row.kind] as EntityList<typeof row.kind>).insert(
              row.value as never,
              unplaced,
            ),
          );
        },
        widestBatch,
      );
    }
  }

  update<K extends KfLevelKind>(
    kind: K,
    value: KfLevelEntityByKind[K],
    expectedVersion: string,
  ): Promise<Versioned<KfLevelEntityByKind[K]>> {
    return this.repositories[kind].replace(value as never, expectedVersion, unplaced) as Promise<
      Versioned<KfLevelEntityByKind[K]>
    >;
  }

  remove(kind: KfLevelKind, id: string, expectedVersion: string): Promise<void> {
    return this.repositories[kind].delete(id, expectedVersion);
  }
}
