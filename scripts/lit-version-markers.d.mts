export function dropMarkers(code: string): {code: string; dropped: string[]};
export function dropLitVersionMarkersPlugin(): import('vite').Plugin;
