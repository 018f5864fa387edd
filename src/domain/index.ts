// The steering model's public names. Filled in by the domain modules.
export {};
