/** The transport that reaches a configured printer connection. */
import { missingCase } from '#domain/missing-case';
import { DeviceTransport } from './device-transport';
import type { PrinterConnection } from './printer-config';
import { SerialTransport } from './serial-transport';
import { TcpTransport } from './tcp-transport';
import type { PrinterTransport } from './transport';

export function transportFor(connection: PrinterConnection): PrinterTransport {
  switch (connection.type) {
    case 'tcp':
      return new TcpTransport(connection.host, connection.port);
    case 'serial':
      return new SerialTransport(connection.path, connection.baudRate, connection.flowControl);
    case 'device':
      return new DeviceTransport(connection.path);
    default:
      return missingCase(connection);
  }
}
