/** Credit for the province outline (see province-outline.ts), shown in the map's attribution. */
export const provinceOutlineSource =
  'Province outline: Natural Earth (public domain); Lý Sơn: © OpenStreetMap contributors (ODbL)';
