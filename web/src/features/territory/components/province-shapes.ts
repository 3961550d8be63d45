import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import provincesUrl from '../../../../../resources/geo/italy-provinces.topo.json?url';

type TProps = { prov_istat_code: string; prov_name: string; reg_istat_code: string };

/** One province drawn: its ISTAT code and SVG path in the map's own coordinates. */
export type TProvinceShape = { code: string; name: string; d: string };
export type TShapes = { width: number; height: number; provinces: TProvinceShape[]; regionBorders: string };

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 700;

let loading: Promise<TShapes> | undefined;

/**
 * The provinces' outlines the app ships (resources/geo), projected once to fit the map's box.
 * A Lambert conformal conic with Italy's standard parallels; region borders from the same topology.
 */
export function loadProvinceShapes(): Promise<TShapes> {
  loading ??= fetch(provincesUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`shapes ${res.status}`);
      return res.json() as Promise<Topology<{ provinces: GeometryCollection<TProps> }>>;
    })
    .then((topo) => {
      const collection = feature(topo, topo.objects.provinces) as FeatureCollection<Geometry, TProps>;
      const projection = geoConicConformal().parallels([38, 46]).rotate([-12.5, 0]).fitSize([MAP_WIDTH, MAP_HEIGHT], collection);
      const path = geoPath(projection);
      const regionBorders = path(mesh(topo, topo.objects.provinces, (a, b) => a !== b && (a.properties as TProps).reg_istat_code !== (b.properties as TProps).reg_istat_code)) ?? '';
      const provinces = collection.features.map((f: Feature<Geometry, TProps>) => ({ code: f.properties.prov_istat_code, name: f.properties.prov_name, d: path(f) ?? '' }));
      return { width: MAP_WIDTH, height: MAP_HEIGHT, provinces, regionBorders };
    })
    .catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
  return loading;
}
