import type { SPFI } from "@pnp/sp";
import type { IndividualGoal, OrgUnit, Person, WorkPlan } from "../../domain";
import { personalReaders, syncPersonalAccess } from "../admin/personalAccess";
import { ensureSiteMembers } from "../admin/principals";
import { createRepositories } from "../repositories";

/**
 * Adds an enhet with a chef and exactly `size` staff, each with one goal for `year`, under an existing unit
 * that has a work plan `<parentId>-<year>`. For measuring the team view at a chosen size (3, 40): the
 * generated municipality has no team of exactly that size. Runs as the app identity.
 */
export async function seedTeamOfSize(
  sp: SPFI,
  size: number,
  parentId: string,
  year: number,
): Promise<{ chefId: string; unitId: string }> {
  const repos = createRepositories({ sp, actorId: "seed" });
  const unitId = `team-${size}`;
  const chefId = `chef.team${size}@malkedjan.local`;
  const unit: OrgUnit = { id: unitId, kind: "unit", name: `Team med ${size}`, parentId, chefId };
  const chef: Person = { id: chefId, name: `Chef för ${size}`, unitId, roles: [] };
  const staff: Person[] = Array.from({ length: size }, (_, i) => ({
    id: `medarbetare${i}.team${size}@malkedjan.local`,
    name: `Medarbetare ${i}`,
    unitId,
    roles: [],
  }));
  const plan: WorkPlan = {
    id: `${unitId}-${year}`,
    level: "unit",
    year,
    ownerUnitId: unitId,
    parentPlanId: `${parentId}-${year}`,
    title: `Arbetsplan ${unitId}`,
  };
  await repos["org-unit"].create(unit);
  await Promise.all([chef, ...staff].map((p) => repos.person.create(p)));
  await repos["work-plan"].create(plan);
  await ensureSiteMembers(
    sp,
    [chef, ...staff].map((p) => p.id),
  );
  const units = [...(await repos["org-unit"].getMany([parentId])).map((u) => u.value), unit];
  await syncPersonalAccess(sp, personalReaders([chef, ...staff], units));
  const goals: IndividualGoal[] = staff.map((p, i) => ({
    id: `${unitId}-goal-${i}`,
    employeeId: p.id,
    managerId: chefId,
    unitId,
    year,
    title: `Mål ${i}`,
    activityIds: [`${unitId}-akt`],
    followUpDates: [`${year}-05-01`],
  }));
  await Promise.all(goals.map((g) => repos["individual-goal"].create(g)));
  return { chefId, unitId };
}
