package csp.enrollment.localstack.faults;

import csp.enrollment.localstack.PipelineClient;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.ArrayList;

/**
 * Prepares what an operator keeps before applications arrive: the partner-network
 * membership of every MPN ID that is not meant for review, and the simulated bureau's
 * report of every direct bill company, so each application's path is known in advance.
 */
final class PartnerDirectory {

    private PartnerDirectory() {
    }

    static void prepare(PipelineClient http, List<PlannedApplication> applications) {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (PlannedApplication application : applications) {
                calls.add(pool.submit(() -> {
                    if (application.kind().inDirectory()) {
                        expectSuccess(http.putMembership(application.mpnId(), "ACTIVE", "NL"), application);
                    }
                    if (application.kind().isDirectBill()) {
                        expectSuccess(http.putCreditReport(application.mpnId(), application.creditScore()),
                                application);
                    }
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the directory", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException(
                    "Cannot prepare the directory and the bureau: " + ex.getCause().getMessage(), ex.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static void expectSuccess(PipelineClient.Answer answer, PlannedApplication application) throws IOException {
        if (!answer.accepted()) {
            throw new IOException("HTTP " + answer.status() + " preparing " + application + ": " + answer.body());
        }
    }

}
