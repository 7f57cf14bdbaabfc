/** The mode latihan outlet a terminal runs as until it is enrolled: NTT Mart Manggarai Barat. */
import { encodeTlv, withCrc } from '#domain/checkout/qris';
import { toOutletId, toTerminalId, type TerminalIdentity } from '#domain/outlet/terminal';

/** A static QRIS shaped like a bank's, with a made-up merchant ID that no acquirer knows. */
const DEMO_QRIS = withCrc(
  encodeTlv([
    { tag: '00', value: '01' },
    { tag: '01', value: '11' },
    {
      tag: '26',
      value: encodeTlv([
        { tag: '00', value: 'ID.CO.BANKNTT.WWW' },
        { tag: '01', value: '936001290000000001' },
        { tag: '02', value: 'LATIHAN0001' },
        { tag: '03', value: 'UMI' },
      ]),
    },
    {
      tag: '51',
      value: encodeTlv([
        { tag: '00', value: 'ID.CO.QRIS.WWW' },
        { tag: '02', value: 'ID0000LATIHAN01' },
        { tag: '03', value: 'UMI' },
      ]),
    },
    { tag: '52', value: '5499' },
    { tag: '53', value: '360' },
    { tag: '58', value: 'ID' },
    { tag: '59', value: 'NTT MART MANGGARAI BARAT' },
    { tag: '60', value: 'LABUAN BAJO' },
    { tag: '61', value: '86754' },
  ]),
);

export const DEMO_IDENTITY: TerminalIdentity = {
  outletId: toOutletId('demo-manggarai-barat'),
  outletCode: 'MBR',
  outletName: 'NTT Mart Manggarai Barat',
  outletAddress: 'Jl. Soekarno-Hatta, Labuan Bajo, Manggarai Barat',
  terminalId: toTerminalId('demo-latihan-1'),
  terminalCode: 'L01',
  training: true,
  qrisStatic: DEMO_QRIS,
};
