import { describeIfPresent } from './system-service';

// Run only by system-service.spec.ts, in a child jest: a suite whose system service is absent.
describeIfPresent({ what: 'no-such-service', present: false, remedy: 'apt-get install -y no-such-service', requiredInCi: true }, 'needs a service', () => {
  it('would use the service', () => expect(true).toBe(true));
});
