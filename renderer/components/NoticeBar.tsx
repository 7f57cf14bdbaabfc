import { useNoticeStore } from '../stores/notice-store';

export function NoticeBar() {
  const notice = useNoticeStore((s) => s.notice);
  if (!notice)
    return <div className="notice notice-empty">Pindai barcode kapan saja, atau tekan F2 untuk mencari produk.</div>;
  return (
    <div
      key={notice.serial}
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-kind={notice.kind}
    >
      {notice.text}
    </div>
  );
}
