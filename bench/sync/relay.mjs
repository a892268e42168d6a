// The baseline of the sync latency benchmark: a bare WebSocket relay (every message to every
// other socket), no Yjs, no Hocuspocus, no tokens. Prints its port on the first line.
import { WebSocketServer } from 'ws'

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    for (const other of wss.clients) if (other !== ws && other.readyState === 1) other.send(data)
  })
})
wss.on('listening', () => console.log(wss.address().port))
process.on('SIGTERM', () => wss.close(() => process.exit(0)))
