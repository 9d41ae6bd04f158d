import { Alert, Descriptions, Tabs, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useUser } from '../auth/session-context';
import { ImportPanel, multipart } from '../common/spreadsheet-upload';

const LEVEL_LABELS: Record<string, string> = {
  PROVINCE: '省',
  CITY: '市',
  DISTRICT: '区县',
  STREET: '街道（乡镇）',
  COMMUNITY: '社区（村）',
};

function JurisdictionImport() {
  const queryClient = useQueryClient();
  return (
    <ImportPanel
      templateKind="jurisdictions"
      templateLabel="行政区划与社区"
      send={(file) => unwrap(api.POST('/jurisdictions/import', multipart(file)))}
      onDone={() => void queryClient.invalidateQueries({ queryKey: ['jurisdictions'] })}
      result={(answer) => {
        const byLevel = answer.byLevel;
        return (
          <Alert
            type="success"
            showIcon
            title={`已导入 ${answer.imported} 个行政区划`}
            description={
              <Descriptions size="small" column={1}>
                {Object.entries(byLevel).map(([level, count]) => (
                  <Descriptions.Item key={level} label={LEVEL_LABELS[level] ?? level}>
                    {count}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            }
          />
        );
      }}
    />
  );
}

function TitleImport() {
  const queryClient = useQueryClient();
  return (
    <ImportPanel
      templateKind="titles"
      templateLabel="往年称号"
      send={(file) => unwrap(api.POST('/titles/import', multipart(file)))}
      onDone={() => void queryClient.invalidateQueries({ queryKey: ['titles'] })}
      result={(answer) => (
        <Alert
          type="success"
          showIcon
          title={`已导入 ${answer.imported} 个往年称号`}
          description={<Link to="/titles">查看称号台账</Link>}
        />
      )}
    />
  );
}

/** 数据导入: the office's jurisdictions and communities (ADMIN) and earlier years' titles, from Excel. */
export default function ImportsPage() {
  const user = useUser();
  const tabs = [
    { key: 'titles', label: '往年称号', children: <TitleImport /> },
    ...(user.role === 'ADMIN'
      ? [{ key: 'jurisdictions', label: '行政区划与社区', children: <JurisdictionImport /> }]
      : []),
  ];
  return (
    <>
      <Typography.Title level={3}>数据导入</Typography.Title>
      <Tabs items={tabs} />
    </>
  );
}
