import type { IndividualGoal, OrgUnit, Person, WorkPlan } from "../../../../src/domain";
import { personalReaders, syncPersonalAccess } from "../../../../src/sharepoint/admin/personalAccess";
import { ensureSiteMembers } from "../../../../src/sharepoint/admin/principals";
import { createRepositories } from "../../../../src/sharepoint/repositories";
import { adminUpn, type TestSite } from "./localSite";

/** Adds a unit with a chef and `size` staff, each with one goal for 2026, through the repositories. */
export async function addTeam(
  site: TestSite,
  size: number,
  parentId: string,
): Promise<{ chefId: string; unitId: string }> {
  const repos = createRepositories({ sp: site.as(adminUpn), actorId: adminUpn });
  const unitId = `team-${size}`;
  const chefId = `chef.team${size}@malkedjan.local`;
  const unit: OrgUnit = { id: unitId, kind: "unit", name: `Team med ${size}`, parentId, chefId };
  const staff: Person[] = Array.from({ length: size }, (_, i) => ({
    id: `medarbetare${i}.team${size}@malkedjan.local`,
    name: `Medarbetare ${i}`,
    unitId,
    roles: [],
  }));
  const chef: Person = { id: chefId, name: `Chef ${size}`, unitId, roles: [] };
  const plan: WorkPlan = {
    id: `${unitId}-2026`,
    level: "unit",
    year: 2026,
    ownerUnitId: unitId,
    parentPlanId: "grundskola-2026",
    title: `Arbetsplan ${unitId}`,
  };
  await repos["org-unit"].create(unit);
  await Promise.all([chef, ...staff].map((p) => repos.person.create(p)));
  await repos["work-plan"].create(plan);
  await ensureSiteMembers(
    site.as(adminUpn),
    [chef, ...staff].map((p) => p.id),
  );
  const units = [
    ...(await repos["org-unit"].getMany(["grundskola", "utbildningsforvaltningen", "grundskolenamnden"])).map(
      (u) => u.value,
    ),
    unit,
  ];
  await syncPersonalAccess(site.as(adminUpn), personalReaders([chef, ...staff], units));
  const goals: IndividualGoal[] = staff.map((p, i) => ({
    id: `${unitId}-goal-${i}`,
    employeeId: p.id,
    managerId: chefId,
    unitId,
    year: 2026,
    title: `Mål ${i}`,
    activityIds: [`${unitId}-akt`],
    followUpDates: ["2026-05-01"],
  }));
  await Promise.all(goals.map((g) => repos["individual-goal"].create(g)));
  return { chefId, unitId };
}
