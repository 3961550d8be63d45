import { describe, expect, it } from 'vitest';
import { haversineKm } from './distance.js';

const milano = { lat: 45.4642, lon: 9.19 };
const roma = { lat: 41.9028, lon: 12.4964 };

describe('haversineKm', () => {
  it('measures known distances across Italy', () => {
    expect(haversineKm(milano, roma)).toBeCloseTo(477, 0);
    // Across the Strait of Messina and between the islands: no road needed, as the crow flies.
    expect(haversineKm({ lat: 38.1938, lon: 15.554 }, { lat: 38.111, lon: 15.6613 })).toBeCloseTo(13.15, 1);
    expect(haversineKm({ lat: 38.1157, lon: 13.3615 }, { lat: 39.2238, lon: 9.1217 })).toBeCloseTo(388.1, 0);
    // Aosta to Lecce, about the longest trip inside the country.
    expect(haversineKm({ lat: 45.737, lon: 7.3201 }, { lat: 40.3515, lon: 18.175 })).toBeGreaterThan(1000);
  });

  it('is zero for one point and symmetric', () => {
    expect(haversineKm(milano, milano)).toBe(0);
    expect(haversineKm(milano, roma)).toBe(haversineKm(roma, milano));
  });

  it('gives ~111 km per degree of latitude at any longitude', () => {
    expect(haversineKm({ lat: 40, lon: 9 }, { lat: 41, lon: 9 })).toBeCloseTo(111.2, 1);
    expect(haversineKm({ lat: 46, lon: 13 }, { lat: 47, lon: 13 })).toBeCloseTo(111.2, 1);
  });

  it('shrinks a degree of longitude going north (cos latitude)', () => {
    const south = haversineKm({ lat: 37, lon: 14 }, { lat: 37, lon: 15 });
    const north = haversineKm({ lat: 46.5, lon: 11 }, { lat: 46.5, lon: 12 });
    expect(south).toBeCloseTo(88.8, 0);
    expect(north).toBeCloseTo(76.5, 0);
  });
});
