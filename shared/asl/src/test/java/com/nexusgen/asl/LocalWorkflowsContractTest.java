package com.nexusgen.asl;

import com.nexusgen.workflows.Workflows;

/** The local adapter, called directly. */
class LocalWorkflowsContractTest extends WorkflowsContract {
    @Override
    Workflows adapter() {
        return local;
    }
}
