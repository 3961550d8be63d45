import fs from 'node:fs/promises';
import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { projectPath } from '../../config/paths.js';

type TProps = { prov_istat_code: string; prov_name: string; reg_istat_code: string };

/** A province as SVG path data in a box of the asked size (the same projection as the web map). */
export interface TProvincePath {
  code: string;
  d: string;
}

export interface TProvincePaths {
  provinces: TProvincePath[];
  regionBorders: string;
}

const cache = new Map<string, Promise<TProvincePaths>>();

/**
 * The shipped province outlines (resources/geo) projected to fit `width`×`height`: a Lambert
 * conformal conic on Italy's standard parallels, as on /territorio, so the printed map and the
 * screen's look alike. Read once per size.
 */
export function provincePaths(width: number, height: number): Promise<TProvincePaths> {
  const key = `${width}x${height}`;
  let found = cache.get(key);
  if (!found) {
    found = fs
      .readFile(projectPath('resources', 'geo', 'italy-provinces.topo.json'), 'utf8')
      .then((text) => {
        const topo = JSON.parse(text) as Topology<{ provinces: GeometryCollection<TProps> }>;
        const collection = feature(topo, topo.objects.provinces) as FeatureCollection<Geometry, TProps>;
        const projection = geoConicConformal().parallels([38, 46]).rotate([-12.5, 0]).fitSize([width, height], collection);
        const path = geoPath(projection);
        const regionBorders = path(mesh(topo, topo.objects.provinces, (a, b) => a !== b && (a.properties as TProps).reg_istat_code !== (b.properties as TProps).reg_istat_code)) ?? '';
        return { provinces: collection.features.map((f: Feature<Geometry, TProps>) => ({ code: f.properties.prov_istat_code, d: path(f) ?? '' })), regionBorders };
      })
      .catch((error: unknown) => {
        cache.delete(key);
        throw error;
      });
    cache.set(key, found);
  }
  return found;
}
