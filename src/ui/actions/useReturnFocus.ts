import { useEffect, useState } from 'react'

/**
 * Where the keyboard was when a dialog or menu opened: it goes back there when it closes, unless
 * what closed it sent the keyboard somewhere on purpose (a label being typed, a panel's field).
 * Read while rendering, before a control of the dialog or menu takes the keyboard with autoFocus.
 */
export function useReturnFocus({ preventScroll = false }: { preventScroll?: boolean } = {}): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null))
  useEffect(
    () => () => {
      const now = document.activeElement
      if (opener?.isConnected && (!now || now === document.body)) opener.focus({ preventScroll })
    },
    [opener, preventScroll],
  )
}
