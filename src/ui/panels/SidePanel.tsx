/** The panel beside the panes: properties of the selected step, catalogues (filled in by the editor). */
export function SidePanel() {
  return null
}
