import '@/utils/configure-zod';
import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';

const root = document.getElementById('app');
if (!root) throw new Error('options.html has no #app element to render into.');
render(<OptionsApp />, root);
