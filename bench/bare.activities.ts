export const bareActivities = {
  async noop(n: number): Promise<number> {
    return n;
  },
};

export type BareActivities = typeof bareActivities;
