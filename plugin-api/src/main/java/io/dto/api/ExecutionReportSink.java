package io.dto.api;

import io.dto.api.message.BrokerSessionStatus;
import io.dto.api.message.ExecutionReport;

/** Where a broker plugin reports what happened to orders and sessions. */
public interface ExecutionReportSink {

    void onExecutionReport(ExecutionReport report);

    void onSessionStatus(BrokerSessionStatus status);
}
